package org.redress.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** What the OpenAPI description at /v3/api-docs says about the API as a whole. */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI redressApi() {
        return new OpenAPI()
                .info(new Info().title("Redress API").version("v1")
                        .description("Complaints, comments and compliments for a council. Sign in with a staff account "
                                + "(HTTP Basic). Vocabulary is lower_snake_case; dates are ISO (2021-03-31). Errors are "
                                + "problem details (RFC 9457) whose `errors` list names each field and what is wrong; "
                                + "a step the case does not allow answers 409 with a plain message.")
                        .license(new License().name("Open source")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
