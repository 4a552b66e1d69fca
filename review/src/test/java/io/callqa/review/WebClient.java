package io.callqa.review;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client signed in as one user (no redirects followed), for checks a browser cannot make. */
final class WebClient {
    final String base;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String cookie;

    WebClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    WebClient login(String name) throws Exception {
        HttpResponse<String> r = post("/login", Map.of("name", name, "password", name + "-pw"), true);
        String set = r.headers().firstValue("Set-Cookie").orElseThrow(() -> new AssertionError("no session for " + name + ": " + r.statusCode()));
        cookie = set.substring(0, set.indexOf(';'));
        return this;
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return http.send(getRequest(path, headers), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> bytes(String path, String... headers) throws Exception {
        return http.send(getRequest(path, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET with the session cookie and the given header name/value pairs. */
    private HttpRequest getRequest(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (cookie != null) b.header("Cookie", cookie);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return b.build();
    }

    /** A form post; {@code sameSite} sends the Origin a page of this site would. */
    HttpResponse<String> post(String path, Map<String, String> form, boolean sameSite) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (sameSite) b.header("Origin", base);
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
