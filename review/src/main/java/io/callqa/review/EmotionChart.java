package io.callqa.review;

import java.util.List;
import java.util.Map;

/** The call's sentiment trajectory as an inline SVG: one line per speaker over the call's time. */
final class EmotionChart {
    private static final int W = 640, H = 160, PAD = 24;

    private EmotionChart() {}

    static String svg(List<Map<String, String>> utterances) {
        long last = 1;
        boolean any = false;
        for (Map<String, String> u : utterances) {
            last = Math.max(last, Long.parseLong(u.get("end_ms")));
            any |= u.get("sentiment") != null && !u.get("sentiment").isEmpty();
        }
        if (!any) return "<p class=\"hint\" id=\"no-emotion\">无情绪数据（未配置情绪模型）。</p>";
        StringBuilder b = new StringBuilder("<svg id=\"emotion-chart\" viewBox=\"0 0 " + W + " " + H + "\" role=\"img\" aria-label=\"情绪走势\">")
                .append("<line x1=\"").append(PAD).append("\" y1=\"").append(H / 2).append("\" x2=\"").append(W - PAD).append("\" y2=\"").append(H / 2)
                .append("\" class=\"axis\"/><text x=\"2\" y=\"").append(PAD).append("\">+1</text><text x=\"2\" y=\"").append(H - PAD + 10).append("\">−1</text>");
        for (String speaker : new String[] {"customer", "agent"}) {
            StringBuilder points = new StringBuilder();
            for (Map<String, String> u : utterances) {
                String s = u.get("sentiment");
                if (!speaker.equals(u.get("speaker")) || s == null || s.isEmpty()) continue;
                double x = PAD + (W - 2.0 * PAD) * Long.parseLong(u.get("start_ms")) / last;
                double y = H / 2.0 - (H / 2.0 - PAD) * Double.parseDouble(s);
                points.append(String.format("%.1f,%.1f ", x, y));
            }
            b.append("<polyline class=\"").append(speaker).append("\" points=\"").append(points.toString().trim()).append("\"/>");
        }
        return b.append("<text x=\"").append(W - 150).append("\" y=\"14\" class=\"customer\">— 客户</text><text x=\"").append(W - 80)
                .append("\" y=\"14\" class=\"agent\">— 坐席</text></svg>").toString();
    }
}
