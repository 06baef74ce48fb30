package org.redress.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code REDRESS_DEMO_DATA}: whether a first start loads the demo council. Unset means yes on the embedded database
 * and no on any other, so a production PostgreSQL never gets demo cases by accident.
 */
@ConfigurationProperties("redress")
record DemoDataProperties(Boolean demoData) {
}
