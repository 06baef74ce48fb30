package org.redress.platform;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * Limits on what a JSON body may hold, applied as it is read: a list in a request ({@code "tags":[null]}) may not
 * hold a null, so no code past the API has to wonder, and the caller gets a 400 naming the list.
 */
@Configuration
class JsonBounds {

    @Bean
    JsonMapperBuilderCustomizer noNullsInLists() {
        return builder -> {
            for (Class<?> type : List.of(Collection.class, List.class, Set.class)) {
                builder.withConfigOverride(type,
                        override -> override.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)));
            }
        };
    }
}
