/**
 * RepAlign's preferences: {@link org.repalign.ui.preferences.RepAlignPreferences} (keys, defaults,
 * accessors) and the page {@link org.repalign.ui.preferences.RepAlignPreferencePage}.
 */
package org.repalign.ui.preferences;
