package org.redress.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves GOV.UK Frontend from its WebJar at {@code /govuk/**}, and its fonts and images at {@code /assets/**}. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String dist = "classpath:/" + WEBJAR + govukFrontendVersion() + "/dist/govuk/";
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        registry.addResourceHandler("/govuk/**").addResourceLocations(dist).setCacheControl(cache);
        registry.addResourceHandler("/assets/**").addResourceLocations(dist + "assets/").setCacheControl(cache);
    }

    /** The version comes from the WebJar itself, so upgrading it is a one-line change in the POM. */
    static String govukFrontendVersion() {
        try (InputStream in = WebConfiguration.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("GOV.UK Frontend WebJar is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
