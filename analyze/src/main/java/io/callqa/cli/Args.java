package io.callqa.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options: {@code --name value}, boolean {@code --flag}s, and positional words. */
public final class Args {
    final Map<String, String> options = new HashMap<>();
    public final List<String> positional = new ArrayList<>();

    public static Args parse(String[] argv, int from, Set<String> flags, Set<String> valued) {
        Args a = new Args();
        for (int i = from; i < argv.length; i++) {
            String w = argv[i];
            if (!w.startsWith("--")) {
                a.positional.add(w);
                continue;
            }
            String name = w.substring(2);
            if (flags.contains(name)) {
                a.options.put(name, "true");
            } else if (valued.contains(name)) {
                if (i + 1 >= argv.length) throw new UsageException("option --" + name + " needs a value");
                a.options.put(name, argv[++i]);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return a;
    }

    public String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public int integer(String name, int fallback) {
        String v = options.get(name);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " needs a whole number, got '" + v + "'");
        }
    }

    /** A decimal option, e.g. a rate. */
    public double decimal(String name, double fallback) {
        String v = options.get(name);
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " needs a number, got '" + v + "'");
        }
    }

    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
