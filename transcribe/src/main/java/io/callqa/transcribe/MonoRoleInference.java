package io.callqa.transcribe;

import io.callqa.call.Speaker;
import io.callqa.call.Utterance;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells agent from customer on a mono recording, where one channel holds both voices. Turns are
 * split into two voices by pitch (1-D two-means on semitones); which voice is the agent's comes
 * from what is said when there is text (greetings, self-introduction, service phrases), otherwise
 * from who speaks first on inbound calls and who talks most on outbound ones. Each utterance gets
 * a confidence; a stereo recording never goes through here.
 */
public final class MonoRoleInference {
    static final Pattern AGENT_PHRASES = Pattern.compile(
            "工号|很高兴为您服务|有什么可以帮您|请问您是|感谢您的来电|核实一下您的|为您查询|帮您查|客服中心|信用卡中心|您好.{0,6}银行");
    static final Pattern CUSTOMER_PHRASES = Pattern.compile("我想问|我想咨询|我的卡|我要投诉|我想办|我想查|帮我查");
    /** Voices closer than this (centroid distance over spread) are treated as one voice. */
    static final double MIN_SEPARATION = 1.5;

    private MonoRoleInference() {}

    /**
     * @param utterances the turns of one channel in time order
     * @param pitchHz median pitch per turn, 0 where unvoiced
     */
    public static void assign(List<Utterance> utterances, double[] pitchHz, String direction) {
        int n = utterances.size();
        if (n == 0) return;
        double[] st = new double[n];
        for (int i = 0; i < n; i++) st[i] = pitchHz[i] > 0 ? 12 * Math.log(pitchHz[i] / 100) / Math.log(2) : Double.NaN;
        double[] centroids = twoMeans(st);
        double separation = centroids == null ? 0 : (centroids[1] - centroids[0]) / Math.max(0.5, centroids[2]);
        if (separation < MIN_SEPARATION) {
            alternate(utterances, direction);
            return;
        }
        int[] voice = new int[n];
        double[] margin = new double[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(st[i])) {
                voice[i] = -1;
                continue;
            }
            double d0 = Math.abs(st[i] - centroids[0]);
            double d1 = Math.abs(st[i] - centroids[1]);
            voice[i] = d0 <= d1 ? 0 : 1;
            margin[i] = Math.abs(d0 - d1) / (d0 + d1 + 1e-9);
        }
        int agentVoice = agentVoice(utterances, voice, direction);
        double quality = Math.min(1.0, separation / 3);
        for (int i = 0; i < n; i++) {
            Utterance u = utterances.get(i);
            if (voice[i] < 0) {
                // Unvoiced fragment: most likely the other party's turn after the previous one.
                boolean prevAgent = i > 0 && Speaker.AGENT.equals(utterances.get(i - 1).speaker);
                u.speaker = prevAgent ? Speaker.CUSTOMER : Speaker.AGENT;
                u.roleConfidence = 0.3;
            } else {
                u.speaker = voice[i] == agentVoice ? Speaker.AGENT : Speaker.CUSTOMER;
                u.roleConfidence = round(0.5 + 0.5 * margin[i] * quality);
            }
        }
    }

    /** Which voice (0 = lower, 1 = higher) is the agent's. */
    private static int agentVoice(List<Utterance> us, int[] voice, String direction) {
        int[] cues = new int[2];
        long[] talk = new long[2];
        int first = -1;
        for (int i = 0; i < us.size(); i++) {
            if (voice[i] < 0) continue;
            if (first < 0) first = voice[i];
            String text = us.get(i).text == null ? "" : us.get(i).text;
            if (AGENT_PHRASES.matcher(text).find()) cues[voice[i]]++;
            if (CUSTOMER_PHRASES.matcher(text).find()) cues[voice[i]]--;
            talk[voice[i]] += us.get(i).durationMs();
        }
        if (cues[0] != cues[1]) return cues[0] > cues[1] ? 0 : 1;
        if ("outbound".equals(direction)) return talk[0] >= talk[1] ? 0 : 1;
        return first;
    }

    /** One voice, or too little voiced speech: turns alternate, the agent first on inbound calls. */
    private static void alternate(List<Utterance> us, String direction) {
        boolean agent = !"outbound".equals(direction);
        for (Utterance u : us) {
            u.speaker = agent ? Speaker.AGENT : Speaker.CUSTOMER;
            u.roleConfidence = 0.2;
            agent = !agent;
        }
    }

    /** Exact two-means in one dimension: {low centroid, high centroid, pooled standard deviation}, or null. */
    static double[] twoMeans(double[] values) {
        double[] v = java.util.Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length < 2) return null;
        double bestCost = Double.MAX_VALUE;
        double[] best = null;
        for (int split = 1; split < v.length; split++) {
            double m0 = mean(v, 0, split);
            double m1 = mean(v, split, v.length);
            double cost = sq(v, 0, split, m0) + sq(v, split, v.length, m1);
            if (cost < bestCost) {
                bestCost = cost;
                best = new double[] {m0, m1, Math.sqrt(cost / v.length)};
            }
        }
        return best;
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += v[i];
        return s / (to - from);
    }

    private static double sq(double[] v, int from, int to, double m) {
        double s = 0;
        for (int i = from; i < to; i++) s += (v[i] - m) * (v[i] - m);
        return s;
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
