/**
 * Support for the UI test bundles: real input posted to the window system
 * ({@link org.repalign.testing.ui.RealInput}), waiting on the display
 * ({@link org.repalign.testing.ui.DisplayWaits}), the errors logged during a test
 * ({@link org.repalign.testing.ui.LoggedErrors}), opening a tree's context menu
 * ({@link org.repalign.testing.ui.ContextMenus}), finding tree rows by text
 * ({@link org.repalign.testing.ui.TreeRows}), pictures of the screen
 * ({@link org.repalign.testing.ui.Screenshots}) and the workspace log's error entries
 * ({@link org.repalign.testing.ui.WorkspaceLog}), and a hand-made run folder of the layers
 * analysis ({@link org.repalign.testing.ui.LayersRunFolder}). The input, wait and picture helpers run on the
 * UI thread. Test code only: no feature and no product includes this bundle.
 */
package org.repalign.testing.ui;
