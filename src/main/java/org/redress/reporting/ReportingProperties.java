package org.redress.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code redress.reporting.*} ({@code REDRESS_REPORTING_TIMELINESS_STANDARD} and so on).
 *
 * @param timelinessStandard the share of stage 1 complaints the council aims to answer on time, in percent
 *        (docs/rules.md §4, the corporate procedure: 85)
 * @param remedyThreshold table 23 lists remedy actions recorded more than this many times (docs/rules.md §11: 100,
 *        as the model report lists them)
 * @param tag the tag whose feedback the report counts (docs/rules.md §1, tags: Covid); a request may name another
 */
@ConfigurationProperties("redress.reporting")
public record ReportingProperties(@DefaultValue("85") int timelinessStandard,
        @DefaultValue("100") int remedyThreshold, @DefaultValue("Covid") String tag) {
}
