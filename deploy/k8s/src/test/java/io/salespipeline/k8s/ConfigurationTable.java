package io.salespipeline.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables the root README's "Configuration" table documents: `NAME`, `PREFIX_*` (any name that
 * starts so) and `NAME` / `_SUFFIX` (the same name with its last word replaced). The only names a
 * Deployment may set without a row are the JVM launcher's own, read by java before any application code.
 */
final class ConfigurationTable {

    static final Set<String> JVM_LAUNCHER = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    private static final Pattern CODE = Pattern.compile("`([A-Z_][A-Z0-9_]*\\*?)`");

    private final List<String> names = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();

    static ConfigurationTable readme(Path readme) throws IOException {
        ConfigurationTable table = new ConfigurationTable();
        boolean inSection = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("## ")) {
                inSection = line.trim().equals("## Configuration");
            } else if (inSection && line.startsWith("|")) {
                table.addRow(line.split("\\|")[1]);
            }
        }
        if (table.names.isEmpty()) {
            throw new AssertionError(readme + " has no \"## Configuration\" table of variables");
        }
        return table;
    }

    private void addRow(String firstCell) {
        String previous = null;
        Matcher m = CODE.matcher(firstCell);
        while (m.find()) {
            String token = m.group(1);
            if (token.endsWith("*")) {
                prefixes.add(token.substring(0, token.length() - 1));
            } else if (token.startsWith("_") && previous != null) {
                names.add(previous.substring(0, previous.lastIndexOf('_')) + token);
            } else {
                names.add(token);
                previous = token;
            }
        }
    }

    boolean documents(String variable) {
        return JVM_LAUNCHER.contains(variable) || names.contains(variable)
                || prefixes.stream().anyMatch(variable::startsWith);
    }
}
