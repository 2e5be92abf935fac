package org.repalign.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.repalign.model.validation.ExperimentValidator;

/**
 * The validator's problems in the editor's form header: the only problem itself, or a count
 * ("3 problems: 2 errors, 1 warning") that is a link; clicking it opens a list of every problem,
 * each a link that shows its page and field (the list closes then, with Escape, its close box,
 * or when the problems change). The header says when Run is disabled (while there
 * are errors). Hovering the message lists the problems too (the form heading's own tooltip).
 */
public final class ProblemHeader {

    private final ScrolledForm form;
    private final BiConsumer<EObject, EStructuralFeature> reveal;
    private List<Diagnostic> problems = List.of();
    private Shell list;

    /**
     * @param form   the editor's header form
     * @param reveal shows the page and field of an object's feature
     */
    public ProblemHeader(ScrolledForm form, BiConsumer<EObject, EStructuralFeature> reveal) {
        this.form = form;
        this.reveal = reveal;
        form.getForm().addMessageHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                openList();
            }
        });
    }

    /**
     * Shows new problems (closing a list of older ones).
     *
     * @param newProblems the validator's problems
     */
    public void show(List<Diagnostic> newProblems) {
        boolean same = messages(newProblems).equals(messages(problems));
        problems = List.copyOf(newProblems);
        if (form.isDisposed()) {
            return;
        }
        if (same && !problems.isEmpty() && summary(problems).equals(form.getMessage())) {
            return; // unchanged: the header link and an open list stay as they are
        }
        closeList();
        if (problems.isEmpty()) {
            form.setMessage(null, IMessageProvider.NONE);
            return;
        }
        IMessage[] messages = problems.stream().map(Message::new).toArray(IMessage[]::new);
        form.setMessage(summary(problems), errors(problems) > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING,
                messages);
    }

    private static List<String> messages(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::getMessage).toList();
    }

    /**
     * @param problems the validator's problems, at least one
     * @return the header text: the only problem, or the counts and how to see the list; and
     *         whether Run is disabled
     */
    public static String summary(List<Diagnostic> problems) {
        int errors = errors(problems);
        String runs = errors == 0 ? "" : " Run is disabled until " + (errors == 1 ? "the error is" : "the errors are")
                + " fixed.";
        if (problems.size() == 1) {
            return problems.get(0).getMessage() + "." + runs;
        }
        int warnings = problems.size() - errors;
        List<String> counts = new ArrayList<>();
        if (errors > 0) {
            counts.add(errors + (errors == 1 ? " error" : " errors"));
        }
        if (warnings > 0) {
            counts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        return problems.size() + " problems (" + String.join(", ", counts) + "): click here for the list." + runs;
    }

    /**
     * @param problems the validator's problems
     * @return how many are errors
     */
    public static int errors(List<Diagnostic> problems) {
        return (int) problems.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
    }

    /**
     * Opens the list of every problem under the header (what clicking the header message does).
     *
     * @return the list's shell, or {@code null} when there is no problem
     */
    public Shell openList() {
        closeList();
        if (problems.isEmpty() || form.isDisposed()) {
            return null;
        }
        list = new Shell(form.getShell(), SWT.TOOL | SWT.TITLE | SWT.CLOSE | SWT.RESIZE);
        list.setText("Problems (" + problems.size() + ")");
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(list);
        for (Diagnostic problem : problems) {
            Label icon = new Label(list, SWT.NONE);
            icon.setImage(JFaceResources.getImage(problem.getSeverity() >= Diagnostic.ERROR
                    ? Dialog.DLG_IMG_MESSAGE_ERROR : Dialog.DLG_IMG_MESSAGE_WARNING));
            Link link = new Link(list, SWT.WRAP);
            link.setText(linkText(problem));
            link.setData(problem);
            GridDataFactory.fillDefaults().grab(true, false).hint(Math.min(640, form.getSize().x), SWT.DEFAULT)
                    .applyTo(link);
            link.addListener(SWT.Selection, e -> {
                closeList();
                List<?> data = problem.getData();
                if (!data.isEmpty() && data.get(0) instanceof EObject object) {
                    reveal.accept(object, data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null);
                }
            });
        }
        list.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                closeList();
            }
        });
        Point size = list.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        Rectangle head = form.getForm().getHead().getBounds();
        Point origin = form.getForm().getHead().getParent().toDisplay(head.x, head.y + head.height);
        Rectangle screen = form.getDisplay().getPrimaryMonitor().getClientArea();
        int height = Math.min(size.y, Math.max(120, screen.y + screen.height - origin.y));
        list.setBounds(Math.max(screen.x, Math.min(origin.x + 16, screen.x + screen.width - size.x)), origin.y, size.x,
                height);
        list.open();
        return list;
    }

    /**
     * @param problem a problem
     * @return its entry in the list: a link naming the object and field, then the message
     */
    static String linkText(Diagnostic problem) {
        List<?> data = problem.getData();
        String where = "Experiment";
        String message = problem.getMessage();
        if (!data.isEmpty() && data.get(0) instanceof EObject object) {
            String label = ExperimentValidator.label(object);
            where = label + (data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? " \u203a " + f.getName() : "");
            // the message starts with the label the link already shows
            if (message.startsWith(label + ": ")) {
                message = message.substring(label.length() + 2);
            }
        }
        return "<a>" + where.replace("&", "&&") + "</a>: " + message.replace("&", "&&");
    }

    /** @return the open list, or {@code null} */
    public Shell getList() {
        return list == null || list.isDisposed() ? null : list;
    }

    /** @return the links of the open list, one per problem, in the validator's order */
    public List<Link> listedLinks() {
        List<Link> links = new ArrayList<>();
        if (getList() != null) {
            for (Control child : list.getChildren()) {
                if (child instanceof Link link) {
                    links.add(link);
                }
            }
        }
        return links;
    }

    /** Closes the list when it is open. */
    public void closeList() {
        if (list != null && !list.isDisposed()) {
            list.dispose();
        }
        list = null;
    }

    /** A problem as a form message (for the heading's tooltip). */
    private record Message(Diagnostic problem) implements IMessage {
        @Override
        public String getMessage() {
            return problem.getMessage();
        }

        @Override
        public int getMessageType() {
            return problem.getSeverity() >= Diagnostic.ERROR ? IMessageProvider.ERROR : IMessageProvider.WARNING;
        }

        @Override
        public Object getKey() {
            return problem;
        }

        @Override
        public Object getData() {
            return problem.getData();
        }

        @Override
        public Control getControl() {
            return null;
        }

        @Override
        public String getPrefix() {
            return null;
        }
    }
}
