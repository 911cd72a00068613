package org.sachet.it.services;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The request that runs an in-container test (Arquillian's call to the test module) and its response, kept for
 * the test's thread: signing in ({@link SignedIn}) needs both.
 */
@WebFilter("/*")
public class CurrentExchange extends HttpFilter {

    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        REQUEST.set(request);
        RESPONSE.set(response);
        try {
            chain.doFilter(request, response);
        } finally {
            REQUEST.remove();
            RESPONSE.remove();
        }
    }

    static HttpServletRequest request() {
        return required(REQUEST.get());
    }

    static HttpServletResponse response() {
        return required(RESPONSE.get());
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw new IllegalStateException("not on the thread of an in-container test's request");
        }
        return value;
    }
}
