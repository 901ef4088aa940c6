package io.salespipeline.fulfillment.api;

import io.quarkus.qute.TemplateData;
import io.salespipeline.fulfillment.application.CustomerSurveys.Asking;
import io.salespipeline.fulfillment.domain.Order;
import java.util.List;

/** What the customer's survey page shows: whom it asks, and the delivered order it is about (null: the relationship). */
@TemplateData
record SurveyPageModel(String company, String contactName, OrderModel order) {

    @TemplateData
    record OrderModel(String poNumber, List<LineModel> lines) {
    }

    @TemplateData
    record LineModel(String name, String quantity, String unit) {
    }

    static SurveyPageModel of(Asking asking) {
        Order order = asking.order();
        return new SurveyPageModel(asking.customer().company(), asking.link().contact().name(), order == null ? null
                : new OrderModel(order.poNumber(), order.lines().stream().map(line -> new LineModel(line.name(),
                        line.quantity().stripTrailingZeros().toPlainString(), line.unit() == null ? "" : line.unit()))
                        .toList()));
    }
}
