package org.redress.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code redress.reporting.*} ({@code REDRESS_REPORTING_TIMELINESS_STANDARD} and so on).
 *
 * @param timelinessStandard the share of stage 1 complaints the council aims to answer on time, in percent (seed
 *        004 §4.2: 85)
 * @param remedyThreshold table 23 lists remedy actions recorded more than this many times (seed 004 §13.2: 100)
 * @param tag the tag whose feedback the report counts (seed 004 §3.5: Covid); a request may name another
 */
@ConfigurationProperties("redress.reporting")
public record ReportingProperties(@DefaultValue("85") int timelinessStandard,
        @DefaultValue("100") int remedyThreshold, @DefaultValue("Covid") String tag) {
}
