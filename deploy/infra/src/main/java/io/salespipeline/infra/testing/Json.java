package io.salespipeline.infra.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fuzzer's JSON: written by hand so a value can be anything, raw fragments included. */
final class Json {

    /** A fragment written as it is ({@code 1e300000000}, 5 000 nested arrays). */
    record Raw(String text) {
    }

    private Json() {
    }

    static Raw raw(String text) {
        return new Raw(text);
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.text());
        } else if (value instanceof String text) {
            out.append('"');
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20 || c > 0x7e) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                write(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    /** Every position in a document: object members and array elements, nested ones included. */
    static List<List<Object>> paths(Object document) {
        List<List<Object>> paths = new ArrayList<>();
        collect(document, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(Object node, List<Object> at, List<List<Object>> paths) {
        if (node instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                List<Object> next = new ArrayList<>(at);
                next.add(String.valueOf(key));
                paths.add(next);
                collect(map.get(key), next, paths);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> next = new ArrayList<>(at);
                next.add(i);
                paths.add(next);
                collect(list.get(i), next, paths);
            }
        }
    }

    static String describe(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            text.append(step instanceof Integer i ? "[" + i + "]" : (text.isEmpty() ? "" : ".") + step);
        }
        return text.toString();
    }

    /** A copy of the document with the value at the path replaced. */
    static Object with(Object document, List<Object> path, Object value) {
        return change(document, path, 0, value, false);
    }

    /** A copy of the document without the member or element at the path. */
    static Object without(Object document, List<Object> path) {
        return change(document, path, 0, null, true);
    }

    @SuppressWarnings("unchecked")
    private static Object change(Object node, List<Object> path, int depth, Object value, boolean remove) {
        Object step = path.get(depth);
        boolean last = depth == path.size() - 1;
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            if (last && remove) {
                copy.remove(step);
            } else {
                copy.put((String) step, last ? value : change(copy.get(step), path, depth + 1, value, remove));
            }
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<Object>) node);
        int index = (Integer) step;
        if (last && remove) {
            copy.remove(index);
        } else {
            copy.set(index, last ? value : change(copy.get(index), path, depth + 1, value, remove));
        }
        return copy;
    }
}
