package kr.drregistry.topology.parse;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import kr.drregistry.topology.model.Topology;

/**
 * A drr/v1 filing as YAML, for download: the same fields, order and omissions as {@link CanonicalJson}, in
 * block style under the YAML 1.2 core schema (strings that would read as numbers, booleans or null are
 * quoted), so that {@link DrrParser#parseYaml(byte[])} gives back an equal topology.
 *
 * <p>The canonical walk goes straight into SnakeYAML's emitter as events, made exactly as SnakeYAML's own
 * representer and serializer make them from the maps of {@link CanonicalTree#of} (same bytes): a 100,000-component
 * filing as maps and then as SnakeYAML's node graph did not fit in a 1 GB heap.
 */
public final class YamlWriter {
    static final DumpSettings SETTINGS = DumpSettings.builder()
            .setSchema(new CoreSchema())
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(120)
            .build();

    private YamlWriter() {
    }

    /** The YAML text of {@code topology}. */
    public static String toYaml(Topology topology) {
        StringBuilder text = new StringBuilder();
        Emitter emitter = new Emitter(SETTINGS, new StreamDataWriter() {
            @Override
            public void write(String str) {
                text.append(str);
            }

            @Override
            public void write(String str, int off, int len) {
                text.append(str, off, off + len);
            }
        });
        emitter.emit(new StreamStartEvent());
        emitter.emit(new DocumentStartEvent(SETTINGS.isExplicitStart(), SETTINGS.getYamlDirective(), SETTINGS.getTagDirective()));
        CanonicalTree.write(topology, new Events(emitter));
        emitter.emit(new DocumentEndEvent(SETTINGS.isExplicitEnd()));
        emitter.emit(new StreamEndEvent());
        return text.toString();
    }

    /** The YAML text of {@code topology} in UTF-8. */
    public static byte[] write(Topology topology) {
        return toYaml(topology).getBytes(StandardCharsets.UTF_8);
    }

    /** The walk as emitter events: what SnakeYAML's {@code Serializer} emits for the nodes its representer makes. */
    private static final class Events implements CanonicalTree.Sink {
        private final Emitter emitter;
        private final StandardRepresenter representer = new StandardRepresenter(SETTINGS);
        private final ScalarResolver resolver = SETTINGS.getSchema().getScalarResolver();

        Events(Emitter emitter) {
            this.emitter = emitter;
        }

        @Override
        public void startObject() {
            emitter.emit(new MappingStartEvent(Optional.empty(), Optional.of(Tag.MAP.getValue()), true,
                    SETTINGS.getDefaultFlowStyle(), Optional.empty(), Optional.empty()));
        }

        @Override
        public void endObject() {
            emitter.emit(new MappingEndEvent());
        }

        @Override
        public void name(String name) {
            value(name);
        }

        @Override
        public void startList() {
            emitter.emit(new SequenceStartEvent(Optional.empty(), Optional.of(Tag.SEQ.getValue()), true,
                    SETTINGS.getDefaultFlowStyle()));
        }

        @Override
        public void endList() {
            emitter.emit(new SequenceEndEvent());
        }

        @Override
        public void value(Object value) {
            ScalarNode node = (ScalarNode) representer.represent(value);
            Tag tag = node.getTag();
            ImplicitTuple implicit = new ImplicitTuple(tag.equals(resolver.resolve(node.getValue(), true)),
                    tag.equals(resolver.resolve(node.getValue(), false)));
            emitter.emit(new ScalarEvent(Optional.empty(), Optional.of(tag.getValue()), implicit, node.getValue(),
                    node.getScalarStyle()));
        }
    }
}
