package kr.drregistry.topology.parse;

import kr.drregistry.topology.model.Topology;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.nio.charset.StandardCharsets;

/**
 * A drr/v1 filing as YAML, for download: the same fields, order and omissions as {@link CanonicalJson}, in
 * block style under the YAML 1.2 core schema (strings that would read as numbers, booleans or null are
 * quoted), so that {@link DrrParser#parseYaml(byte[])} gives back an equal topology.
 */
public final class YamlWriter {
    private static final DumpSettings SETTINGS = DumpSettings.builder()
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
        return new Dump(SETTINGS).dumpToString(CanonicalTree.of(topology));
    }

    /** The YAML text of {@code topology} in UTF-8. */
    public static byte[] write(Topology topology) {
        return toYaml(topology).getBytes(StandardCharsets.UTF_8);
    }
}
