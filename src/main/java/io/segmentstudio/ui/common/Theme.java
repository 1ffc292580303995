package io.segmentstudio.ui.common;

import io.segmentstudio.app.Settings;

/** The two colour themes; each is one stylesheet in {@code styles/themes/}. */
public enum Theme {
    LIGHT(Settings.LIGHT), DARK(Settings.DARK);

    private final String key;

    Theme(String key) {
        this.key = key;
    }

    /** The name stored in the settings file. */
    public String key() {
        return key;
    }

    public static Theme fromKey(String key) {
        return DARK.key.equals(key) ? DARK : LIGHT;
    }

    String stylesheet() {
        return "themes/" + key + ".css";
    }
}
