package org.redress;

import org.redress.imports.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Redress: complaints, comments and compliments for local councils. A modular monolith; each top-level package
 * below this one is a module that owns its tables, pages, API and tests (see {@code ModularityTests}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RedressApplication {

    public static void main(String[] args) {
        // `import cases ...` and `generate cases ...` run without the web server
        if (Commands.handles(args)) {
            System.exit(Commands.run(args, RedressApplication.class, System.out, System.err));
        }
        SpringApplication.run(RedressApplication.class, args);
    }
}
