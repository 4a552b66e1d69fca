package io.callqa.rules;

import java.util.List;

/** The fixed finding vocabulary of the QA standard; every rule has exactly one, reports group by it. */
public final class Category {
    public static final List<String> ALL = List.of("greeting", "identity_verification", "closing", "risk_disclosure",
            "guaranteed_return", "deposit_confusion", "suitability", "abusive_language", "collection_threat",
            "third_party_disclosure", "pii_exposure", "transfer_deflection", "complaint_escalation", "rude_agent",
            "dead_air", "talk_over", "speech_rate", "marketing_consent");

    private Category() {}
}
