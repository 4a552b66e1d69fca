package io.callqa.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The users of an on-premises install, from a YAML file:
 * <pre>
 * users:
 *   - {name: zhangwei, role: inspector, password: "pbkdf2$…"}   # ./callqa review hash-password
 *   - {name: lina, role: supervisor, team: T-North, password: "pbkdf2$…"}
 * </pre>
 */
public final class Users {
    /** A user; {@code team} limits a supervisor to that team's calls. */
    public record User(String name, Role role, String team, String passwordHash) {}

    private final Map<String, User> byName = new LinkedHashMap<>();

    public static Users load(Path file) throws IOException {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        Users users = new Users();
        if (!(root instanceof Map<?, ?> m) || !(m.get("users") instanceof List<?> list)) {
            throw new IOException(file + ": expected 'users:' with a list of {name, role, password}");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> u)) throw new IOException(file + ": users[" + i + "] is not a mapping");
            String name = text(u, "name", file, i);
            Role role;
            try {
                role = Role.valueOf(text(u, "role", file, i).toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": users[" + i + "].role must be inspector, qa_lead, supervisor, compliance or product");
            }
            if (role == Role.ANYONE) throw new IOException(file + ": users[" + i + "].role must be a signed-in role");
            String team = u.get("team") == null ? null : u.get("team").toString();
            if (role == Role.SUPERVISOR && team == null) throw new IOException(file + ": users[" + i + "] is a supervisor and needs a team");
            users.byName.put(name, new User(name, role, team, text(u, "password", file, i)));
        }
        return users;
    }

    private static String text(Map<?, ?> u, String key, Path file, int i) throws IOException {
        Object v = u.get(key);
        if (v == null || v.toString().isBlank()) throw new IOException(file + ": users[" + i + "] needs " + key);
        return v.toString();
    }

    /** The user if the password is right, else null (the same answer for an unknown name). */
    public User authenticate(String name, char[] password) {
        User u = name == null ? null : byName.get(name);
        String stored = u == null ? DUMMY : u.passwordHash();
        boolean ok = PasswordHash.matches(password, stored); // hash even for unknown names: no timing hint
        return u != null && ok ? u : null;
    }

    private static final String DUMMY = PasswordHash.hash("no-such-user".toCharArray());
}
