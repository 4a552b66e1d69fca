package io.callqa.call;

/** Speaker roles as written in transcripts and in the lake. Plain strings keep records schema-friendly. */
public final class Speaker {
    public static final String AGENT = "agent";
    public static final String CUSTOMER = "customer";

    private Speaker() {}

    public static boolean isValid(String role) {
        return AGENT.equals(role) || CUSTOMER.equals(role);
    }
}
