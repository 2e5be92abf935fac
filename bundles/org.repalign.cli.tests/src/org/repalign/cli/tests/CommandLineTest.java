package org.repalign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repalign.cli.OptionParser;
import org.repalign.cli.UsageException;
import org.repalign.analysis.results.ResultsJson;

class CommandLineTest {

    @Test
    void unknownCommandExitsWithTwoAndOneLine() {
        CommandRunner result = CommandRunner.run("frobnicate");
        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("unknown command 'frobnicate'"), result.err());
    }

    @Test
    void noCommandIsBadInput() {
        assertEquals(2, CommandRunner.run().status());
    }

    @Test
    void helpListsCommands() {
        CommandRunner result = CommandRunner.run("help");
        assertEquals(0, result.status());
        assertTrue(result.out().contains("version") && result.out().contains("help"), result.out());
    }

    @Test
    void optionParserNamesTheOffendingOption() {
        OptionParser parser = new OptionParser(Set.of("seed"), Set.of("list"));
        UsageException unknown = assertThrows(UsageException.class, () -> parser.parse(List.of("--sed", "1")));
        assertTrue(unknown.getMessage().contains("--sed"), unknown.getMessage());
        UsageException missing = assertThrows(UsageException.class, () -> parser.parse(List.of("--seed")));
        assertTrue(missing.getMessage().contains("--seed") && missing.getMessage().contains("value"));
        UsageException twice = assertThrows(UsageException.class, () -> parser.parse(List.of("--list", "--list")));
        assertTrue(twice.getMessage().contains("twice"));
    }

    @Test
    void optionParserSplitsPositionalsValuesAndFlags() throws UsageException {
        OptionParser parser = new OptionParser(Set.of("seed", "format"), Set.of("list"));
        OptionParser.Parsed parsed = parser.parse(List.of("a.npy", "--seed=7", "b.npy", "--list", "--format", "json"));
        assertEquals(List.of("a.npy", "b.npy"), parsed.positional());
        assertEquals(Map.of("seed", "7", "list", "true", "format", "json"), parsed.options());
    }

    @Test
    void jsonWritesNonFiniteAsNullAndKeepsPrecision() {
        double third = 1.0 / 3.0;
        String json = ResultsJson.write(Map.of("nan", Double.NaN));
        assertEquals("{\n  \"nan\": null\n}\n", json);
        String value = ResultsJson.write(List.of(third, Double.POSITIVE_INFINITY, "a\"b\\c\n"));
        assertEquals("[ 0.3333333333333333, null, \"a\\\"b\\\\c\\n\" ]\n", value);
        assertEquals(third, Double.parseDouble(value.substring(2, value.indexOf(','))));
    }
}
