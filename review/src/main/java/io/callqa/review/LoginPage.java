package io.callqa.review;

/** The sign-in form. */
final class LoginPage {
    private LoginPage() {}

    static String render(String message) {
        return Page.frame("登录", null, Page.message(message, true)
                + "<form method=\"post\" action=\"/login\" class=\"login card\">"
                + "<label>用户名 <input name=\"name\" id=\"name\" autocomplete=\"username\" required autofocus></label>"
                + "<label>密码 <input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\" required></label>"
                + "<button id=\"sign-in\">登录</button></form>");
    }
}
