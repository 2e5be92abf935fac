package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.repalign.analysis.modules.SettingDeclaration;
import org.repalign.analysis.modules.SettingDeclaration.Kind;

/** A declared setting checks values of its kind against its range and says what is wrong. */
class SettingDeclarationTest {

    @Test
    void integersAreWholeNumbersInTheirRange() {
        SettingDeclaration rows = SettingDeclaration.integer("rows", 2000, 2, 1_000_000, "rows used");
        assertEquals(Kind.INT, rows.kind());
        assertEquals("2000", rows.defaultValue());
        assertNull(rows.problem(" 2 "));
        assertNull(rows.problem(null), "the default");
        assertEquals("setting rows: 1 is outside [2, 1000000]", rows.problem("1"));
        assertEquals("setting rows: '2.5' is not an integer", rows.problem("2.5"));
        assertEquals("[2, 1000000]", rows.range());
    }

    @Test
    void numbersBooleansAndChoices() {
        SettingDeclaration l2 = SettingDeclaration.number("l2", 1.0, 0, 10, "penalty");
        assertNull(l2.problem("0.001"));
        assertEquals("setting l2: 10.5 is outside [0, 10]", l2.problem("10.5"));
        assertEquals("setting l2: NaN is outside [0, 10]", l2.problem("NaN"));
        assertEquals("(0, ∞)", SettingDeclaration.number("x", 1, Double.MIN_VALUE, Double.MAX_VALUE, "").range());
        SettingDeclaration binary = SettingDeclaration.bool("binary", true, "binary codes");
        assertNull(binary.problem("FALSE"));
        assertEquals("setting binary: '1' is not true or false", binary.problem("1"));
        SettingDeclaration mode = SettingDeclaration.choice("mode", "a", List.of("a", "b"), "mode");
        assertNull(mode.problem("b"));
        assertEquals("setting mode: 'c' is not one of a, b", mode.problem("c"));
        assertThrows(IllegalArgumentException.class,
                () -> SettingDeclaration.choice("mode", "z", List.of("a", "b"), "a default outside the choices"));
    }

    @Test
    void listsOfNumbersCheckEveryElement() {
        SettingDeclaration lambdas = SettingDeclaration.numbers("lambdas", 0.5, 100, "penalties");
        assertEquals("", lambdas.defaultValue());
        assertNull(lambdas.problem(""));
        assertNull(lambdas.problem("0.5, 1 100"));
        assertEquals("setting lambdas: 200 is outside [0.5, 100]", lambdas.problem("1, 200"));
        assertEquals("setting lambdas: '1, x' is not a list of numbers", lambdas.problem("1, x"));
        assertEquals(List.of(0.5, 1.0, 100.0), SettingDeclaration.numbers("0.5, 1 100"));
    }

    @Test
    void aRequiredSettingHasNoDefault() {
        SettingDeclaration required = new SettingDeclaration("path", Kind.DOUBLE, null, 0, 1, List.of(), "");
        assertTrue(required.required());
        assertEquals("setting path is required", required.problem(null));
        assertEquals("0.25", required.valueIn(Map.of("path", " 0.25 ")));
        assertNull(required.valueIn(Map.of()));
    }

    @Test
    void malformedDeclarationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SettingDeclaration.integer("two words", 1, 0, 2, ""));
        assertThrows(IllegalArgumentException.class, () -> SettingDeclaration.integer("k", 1, 5, 2, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new SettingDeclaration("c", Kind.CHOICE, "a", 0, 0, List.of(), "no choices"));
    }
}
