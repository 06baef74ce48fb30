package org.redress.platform;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * Limits on what a JSON body may hold, applied as it is read, so no code past the API has to wonder and the caller
 * gets a 400 naming the field: a list ({@code "tags":[null]}) may not hold a null, and no text may hold the NUL
 * character, which PostgreSQL cannot store (it failed there as a 500, and passed on H2).
 */
@Configuration
class JsonBounds {

    @Bean
    JsonMapperBuilderCustomizer noNulCharacters() {
        return builder -> builder.addModule(new SimpleModule("no-nul-characters")
                .addDeserializer(String.class, new TextWithoutNul()));
    }

    static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return context.reportInputMismatch(this, "must not contain the NUL character");
            }
            return text;
        }
    }

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
