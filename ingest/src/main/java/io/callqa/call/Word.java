package io.callqa.call;

import java.io.Serializable;

/** One recognised word with its timing and recogniser confidence (0..1). */
public class Word implements Serializable {
    public String w;
    public long startMs;
    public long endMs;
    public double conf;

    public Word() {}

    public Word(String w, long startMs, long endMs, double conf) {
        this.w = w;
        this.startMs = startMs;
        this.endMs = endMs;
        this.conf = conf;
    }
}
