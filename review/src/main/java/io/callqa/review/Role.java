package io.callqa.review;

import io.javalin.security.RouteRole;

/** Who a user is to the review app. Every route names the roles it admits; a route naming none admits nobody. */
public enum Role implements RouteRole {
    /** QA inspectors: the queue, call pages, verdicts on hits. */
    INSPECTOR("质检员"),
    /** QA leads: everything inspectors do, plus score overrides, rulings on appeals, the audit log. */
    QA_LEAD("质检主管"),
    /** Team supervisors: their own team's calls, and appeals against findings on them. */
    SUPERVISOR("班组长"),
    /** Compliance officers: search and audit across all calls, exports, the audit log. */
    COMPLIANCE("合规"),
    /** Product teams: aggregates and trends only, never a transcript or a recording. */
    PRODUCT("产品"),
    /** Not signed in: only the login page and the style sheet. */
    ANYONE("访客");

    public final String chinese;

    Role(String chinese) {
        this.chinese = chinese;
    }

    /** Roles that may open a call's transcript and recording. */
    static final Role[] CALL_READERS = {INSPECTOR, QA_LEAD, SUPERVISOR, COMPLIANCE};
    static final Role[] SIGNED_IN = {INSPECTOR, QA_LEAD, SUPERVISOR, COMPLIANCE, PRODUCT};
}
