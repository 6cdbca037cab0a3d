package kr.drregistry.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import kr.drregistry.topology.parse.ParseError;
import kr.drregistry.rules.Finding;
import kr.drregistry.topology.validation.Rule;

/**
 * JUnit XML for CI systems that show test results: one test suite per file; one test case per rule × subject with
 * findings (failing when a finding is at or above {@code --fail-on}, otherwise passing with the findings as its
 * output), and one passing test case for each rule the policy turns on that found nothing. A document that was refused
 * is one test case in error.
 */
final class JUnitReport {
    private JUnitReport() {
    }

    private record Case(String rule, String subject, List<Finding> findings) {
    }

    static void write(PrintWriter out, List<Checked> files, Engine engine, Messages t, Threshold threshold) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "dr-validate");
            for (Checked c : files) {
                suite(x, c, engine, t, threshold);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            out.println();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JUnit report could not be written", e);
        }
    }

    private static void suite(XMLStreamWriter x, Checked c, Engine engine, Messages t, Threshold threshold) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", c.name());
        if (!c.valid()) {
            x.writeAttribute("tests", "1");
            x.writeAttribute("failures", "0");
            x.writeAttribute("errors", "1");
            x.writeAttribute("skipped", "0");
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", c.name());
            x.writeAttribute("name", Sarif.PARSE_RULE);
            x.writeStartElement("error");
            StringBuilder text = new StringBuilder();
            if (c.unreadable() != null) {
                text.append(c.unreadable());
            } else {
                for (ParseError e : c.document().errors()) {
                    text.append(e.line() == null ? "" : e.line() + ":" + e.column() + " ").append(e.pointer()).append(' ')
                            .append("en".equals(t.lang()) ? e.message() : e.messageKo()).append('\n');
                }
            }
            x.writeAttribute("message", t.get("junit.refused"));
            x.writeCharacters(text.toString());
            x.writeEndElement();
            x.writeEndElement();
            x.writeCharacters("\n  ");
            x.writeEndElement();
            return;
        }
        Map<String, Case> cases = new LinkedHashMap<>();
        for (Finding f : c.report().findings()) {
            String subject = f.subject() == null ? "" : f.subject().kind() + ":" + f.subject().id();
            cases.computeIfAbsent(f.rule() + "|" + subject, k -> new Case(f.rule(), subject, new ArrayList<>())).findings().add(f);
        }
        List<Case> all = new ArrayList<>(cases.values());
        for (Rule rule : engine.rules()) {
            if (all.stream().noneMatch(k -> k.rule().equals(rule.id()))) {
                all.add(new Case(rule.id(), null, List.of()));
            }
        }
        long failures = all.stream().filter(k -> k.findings().stream().anyMatch(f -> threshold.fails(f.severity()))).count();
        x.writeAttribute("tests", Integer.toString(all.size()));
        x.writeAttribute("failures", Long.toString(failures));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", "0");
        for (Case k : all) {
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", c.name() + "." + k.rule());
            x.writeAttribute("name", k.subject() == null ? k.rule() : k.rule() + " " + k.subject());
            if (!k.findings().isEmpty()) {
                StringBuilder text = new StringBuilder();
                Finding worst = k.findings().get(0);
                for (Finding f : k.findings()) {
                    if (f.severity().ordinal() < worst.severity().ordinal()) {
                        worst = f;
                    }
                    text.append('[').append(t.get("severity." + f.severity().wire())).append("] ")
                            .append(f.scenario() == null ? "" : f.scenario() + ": ").append(f.message().in(t.lang())).append('\n');
                }
                boolean fails = threshold.fails(worst.severity());
                x.writeStartElement(fails ? "failure" : "system-out");
                if (fails) {
                    x.writeAttribute("type", worst.severity().wire());
                    x.writeAttribute("message", worst.message().in(t.lang()));
                }
                x.writeCharacters(text.toString());
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }
}
