package org.repalign.doc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.doc.HelpView;
import org.repalign.doc.internal.HelpTopic;
import org.repalign.doc.internal.PageModel;

/** The RepAlign Help view: contents, rendered pages, links, history, images and the Help menu. */
class HelpViewUITest {

    @TempDir
    Path folder;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void dispatch() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the view lay out and paint
        }
    }

    private static HelpView open() throws PartInitException {
        HelpView view = assertInstanceOf(HelpView.class, page().showView(HelpView.ID));
        dispatch();
        return view;
    }

    @AfterEach
    void close() {
        IViewPart view = page().findView(HelpView.ID);
        if (view != null) {
            page().hideView(view);
        }
    }

    private static int linkTo(HelpView view, String target) {
        return Arrays.stream(view.pageText().getStyleRanges()).filter(r -> target.equals(r.data))
                .mapToInt(r -> r.start).findFirst().orElseThrow(() -> new AssertionError("no link to " + target));
    }

    @Test
    void helpMenuOpensTheView() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem help = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Help"))
                .findFirst().orElseThrow(() -> new AssertionError("no Help menu"));
        Menu menu = help.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem contents = Arrays.stream(menu.getItems()).filter(i -> i.getText().startsWith("RepAlign Help Contents"))
                .findFirst().orElseThrow(() -> new AssertionError("no RepAlign Help Contents item"));
        menu.notifyListeners(SWT.Hide, new Event());
        contents.notifyListeners(SWT.Selection, new Event());
        dispatch();
        assertInstanceOf(HelpView.class, page().findView(HelpView.ID));
    }

    @Test
    void opensOnGettingStartedWithTheContentsBeside() throws PartInitException {
        HelpView view = open();
        TreeItem[] topics = view.contents().getTree().getItems();
        assertEquals("Getting started", topics[0].getText());
        assertTrue(view.currentPage().toString().endsWith("/html/getting-started.html"), view.currentPage().toString());
        String text = view.pageText().getText();
        assertTrue(text.startsWith("Getting started\n"), text);
        StyleRange title = view.styleAt(0);
        int normalHeight = view.pageText().getFont().getFontData()[0].getHeight();
        assertTrue(title.font.getFontData()[0].getHeight() > normalHeight, "the title is larger than the text");
        assertTrue((title.font.getFontData()[0].getStyle() & SWT.BOLD) != 0, "the title is bold");
        assertEquals(HelpView.class, page().findView(HelpView.ID).getClass());
    }

    @Test
    void topicsAndLinksNavigateAndBackAndForwardReturn() throws PartInitException {
        HelpView view = open();
        TreeItem analyses = Arrays.stream(view.contents().getTree().getItems())
                .filter(i -> i.getText().equals("The analyses")).findFirst().orElseThrow();
        view.contents().setSelection(new StructuredSelection(analyses.getData()));
        dispatch();
        assertTrue(view.currentPage().toString().endsWith("/html/analyses.html"), view.currentPage().toString());
        assertTrue(view.pageText().getText().startsWith("The analyses\n"));

        int link = linkTo(view, "analyses/bias.html");
        StyleRange style = view.styleAt(link);
        assertEquals(SWT.UNDERLINE_LINK, style.underlineStyle);
        assertTrue(view.followLinkAt(link));
        assertTrue(view.currentPage().toString().endsWith("/html/analyses/bias.html"), view.currentPage().toString());
        assertTrue(view.pageText().getText().startsWith("Bias: raw against centered rows\n"));
        HelpTopic selected = (HelpTopic) view.contents().getStructuredSelection().getFirstElement();
        assertEquals("Bias", selected.label());

        view.back();
        assertTrue(view.currentPage().toString().endsWith("/html/analyses.html"));
        assertEquals(true, view.historyState()[1], "forward is possible");
        view.forward();
        assertTrue(view.currentPage().toString().endsWith("/html/analyses/bias.html"));
        assertEquals(false, view.followLinkAt(0), "a heading is no link");
    }

    @Test
    void imagesShowOrGiveAPlaceholderAndAnchorsScroll() throws Exception {
        ImageData picture = new ImageData(40, 30, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { picture };
        loader.save(folder.resolve("shot.png").toString(), SWT.IMAGE_PNG);
        StringBuilder body = new StringBuilder("<h1 id=\"top\">Test page</h1>\n");
        body.append("<p><img src=\"shot.png\" alt=\"shot\" /></p>\n<p><img src=\"gone.png\" alt=\"gone\" /></p>\n");
        body.append("<p>Go <a href=\"#far\">far down</a> or <a href=\"nowhere.html\">nowhere</a>.</p>\n");
        for (int i = 0; i < 150; i++) {
            body.append("<p>Filler paragraph ").append(i).append(".</p>\n");
        }
        body.append("<h2 id=\"far\">Far heading</h2>\n");
        for (int i = 0; i < 150; i++) {
            body.append("<p>More filler ").append(i).append(".</p>\n");
        }
        Path file = folder.resolve("test.html");
        Files.writeString(file, "<!DOCTYPE html>\n<html><head><title>Test page</title></head><body>\n" + body + "</body></html>\n");

        HelpView view = open();
        view.showPage(file.toUri());
        dispatch();
        String text = view.pageText().getText();
        assertTrue(text.contains("[image not available: gone.png]"), text.substring(0, 200));
        StyleRange image = view.styleAt(text.indexOf(PageModel.IMAGE_CHARACTER));
        assertNotNull(image.metrics, "the image character is sized to the image");
        assertEquals(40, image.metrics.width);
        assertEquals(30, image.metrics.ascent);
        assertInstanceOf(Image.class, image.data);
        assertEquals(0, view.contents().getStructuredSelection().size(), "a page outside the contents selects no topic");

        assertTrue(view.followLinkAt(linkTo(view, "#far")));
        int headingLine = view.pageText().getLineAtOffset(text.indexOf("Far heading"));
        assertTrue(headingLine > 100);
        int headingTop = view.pageText().getLinePixel(headingLine);
        assertEquals(0, headingTop, "the heading is the first line shown");

        URI before = view.currentPage();
        assertTrue(view.followLinkAt(linkTo(view, "nowhere.html")));
        assertEquals(before, view.currentPage());
        assertTrue(view.statusMessage().startsWith("No help page nowhere.html"), view.statusMessage());
    }
}
