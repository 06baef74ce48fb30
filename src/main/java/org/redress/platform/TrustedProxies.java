package org.redress.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The client's address and whether it came over TLS, from {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
 * only when the immediate peer is a proxy the administrator named ({@code redress.trusted-proxies}: addresses or
 * ranges like {@code 10.0.0.0/8}; by default the loopback addresses, for a proxy on the same machine). From anyone
 * else the headers are ignored: otherwise a client could name any address it liked and escape its per-address
 * limits. Runs first, so every limit, log line and security rule sees the same address.
 */
@Component
@Order(-200)
class TrustedProxies extends OncePerRequestFilter {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> proxies;

    TrustedProxies(@Value("${redress.trusted-proxies:127.0.0.1,::1}") List<String> proxies) {
        this.proxies = new ArrayList<>();
        for (String proxy : proxies) {
            if (!proxy.isBlank()) {
                this.proxies.add(Range.parse(proxy.strip()));
            }
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!trusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        String forwardedFor = request.getHeader("X-Forwarded-For");
        if (forwardedFor != null) {
            // Read from the right: each trusted proxy appended the address it was sent from.
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (address(hop) == null) {
                    break;
                }
                client = hop;
                if (!trusted(hop)) {
                    break;
                }
            }
        }
        boolean secure = request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
        String address = client;
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return address;
            }

            @Override
            public String getRemoteHost() {
                return address;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getScheme() {
                return secure ? "https" : super.getScheme();
            }
        }, response);
    }

    boolean trusted(String address) {
        InetAddress parsed = address(address);
        return parsed != null && proxies.stream().anyMatch(range -> range.contains(parsed));
    }

    /** A literal address, or null: never a name, which would be looked up in DNS. */
    static InetAddress address(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address, or a range of them in CIDR form. */
    record Range(byte[] network, int prefixBits) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = address(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("redress.trusted-proxies: '" + text
                        + "' is not an IP address or range like 10.0.0.0/8");
            }
            int bits = address.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("redress.trusted-proxies: '" + text + "' has an impossible prefix");
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
