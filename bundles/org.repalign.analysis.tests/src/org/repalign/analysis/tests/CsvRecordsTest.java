package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.repalign.analysis.results.CsvRecords;
import org.repalign.analysis.results.ResultTable;

/** CSV text read back cell for cell, including what quoting protects. */
class CsvRecordsTest {

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() {
        String text = "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",\n";
        assertEquals(List.of(List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("two\nlines", "")),
                CsvRecords.parse(text));
    }

    @Test
    void lastRecordWithoutLineBreakAndBlankLines() {
        assertEquals(List.of(List.of("1", "2"), List.of(""), List.of("3")), CsvRecords.parse("1,2\n\n3"));
        assertEquals(List.of(), CsvRecords.parse(""));
    }

    @Test
    void whatTheResultTableWritesReadsBackTheSame() {
        ResultTable table = new ResultTable("t", "name", "value");
        table.add("plain", 1.5);
        table.add("with, comma and \"quote\"", 2.0);
        List<List<String>> records = CsvRecords.parse(table.toCsv());
        assertEquals(List.of("name", "value"), records.get(0));
        assertEquals("with, comma and \"quote\"", records.get(2).get(0));
        assertEquals(2.0, Double.parseDouble(records.get(2).get(1)));
        assertEquals(3, records.size());
    }
}
