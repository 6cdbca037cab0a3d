package kr.drregistry.topology.parse;

import kr.drregistry.topology.model.Topology;
import org.junit.jupiter.api.Test;

import static kr.drregistry.topology.parse.Fixtures.PARSER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LargeDocumentTest {

    @Test
    void hundredThousandComponentsParseAndRoundTrip() {
        byte[] doc = LargeDocuments.json(100_000);
        assertTrue(doc.length > 25_000_000, "about 30 MB: " + doc.length);
        Topology t = PARSER.parseJson(doc);
        assertEquals(100_000, t.components().size());
        assertEquals("c-99999", t.components().get(99_999).id());
        assertEquals(t, PARSER.parseJson(CanonicalJson.write(t)));
    }
}
