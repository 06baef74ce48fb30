package org.redress.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;

/** Forwarded headers are believed from a configured proxy only; anyone else is counted by their own address. */
class TrustedProxiesTest {

    @ParameterizedTest(name = "trusting [{0}], from {1} forwarding for ''{2}'': client {3}, secure {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            127.0.0.1,::1 | 10.0.0.5     | 203.0.113.9                 | 10.0.0.5    | false
            127.0.0.1,::1 | 192.168.1.20 | 203.0.113.9                 | 192.168.1.20 | false
            127.0.0.1,::1 | 203.0.113.50 | 10.0.0.1                    | 203.0.113.50 | false
            127.0.0.1,::1 | 127.0.0.1    | 203.0.113.9                 | 203.0.113.9 | true
            10.0.0.0/8    | 10.0.0.5     | 203.0.113.9                 | 203.0.113.9 | true
            10.0.0.0/8    | 10.0.0.5     | 198.51.100.1, 203.0.113.9   | 203.0.113.9 | true
            10.0.0.0/8    | 10.0.0.5     | 198.51.100.1, 10.1.1.1      | 198.51.100.1 | true
            10.0.0.0/8    | 10.0.0.5     | evil.example                | 10.0.0.5    | true
            10.0.0.0/8    | 11.0.0.5     | 203.0.113.9                 | 11.0.0.5    | false
            """)
    void believesForwardedHeadersOnlyFromATrustedProxy(String trusted, String peer, String forwardedFor,
            String client, boolean secure) throws Exception {
        TrustedProxies filter = new TrustedProxies(List.of(trusted.split(",")));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/feedback");
        request.setRemoteAddr(peer);
        request.addHeader("X-Forwarded-For", forwardedFor);
        request.addHeader("X-Forwarded-Proto", "https");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        HttpServletRequest seen = (HttpServletRequest) chain.getRequest();
        assertThat(seen.getRemoteAddr()).isEqualTo(client);
        assertThat(seen.isSecure()).isEqualTo(secure);
    }
}
