package io.callqa.review;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Signed-in users by session token (256 random bits, in an HttpOnly, SameSite=Strict cookie); idle sessions expire. */
final class Sessions {
    static final String COOKIE = "callqa_session";
    static final Duration IDLE = Duration.ofHours(8);

    private record Session(Users.User user, long lastSeen) {}

    private final Map<String, Session> byToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    String open(Users.User user) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        byToken.put(token, new Session(user, System.currentTimeMillis()));
        return token;
    }

    Users.User user(String token) {
        if (token == null) return null;
        Session s = byToken.get(token);
        long now = System.currentTimeMillis();
        if (s == null || now - s.lastSeen() > IDLE.toMillis()) {
            if (s != null) byToken.remove(token);
            return null;
        }
        byToken.put(token, new Session(s.user(), now));
        return s.user();
    }

    void close(String token) {
        if (token != null) byToken.remove(token);
    }
}
