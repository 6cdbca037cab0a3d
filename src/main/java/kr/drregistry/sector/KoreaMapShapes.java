package kr.drregistry.sector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import kr.drregistry.topology.sector.KoreaRegions;

/**
 * The outlines of Korea's 17 regions, read once from the bundled drawing (vendor/svg-maps-south-korea, CC BY 4.0,
 * served with its licence), so the sector map is drawn on the server without fetching anything.
 */
@ApplicationScoped
public class KoreaMapShapes {
    static final String RESOURCE = "META-INF/resources/vendor/svg-maps-south-korea/south-korea.svg";
    private static final Pattern PATH = Pattern.compile("<path\\s+id=\"([^\"]+)\"[^>]*?\\sd=\"([^\"]+)\"", Pattern.DOTALL);

    private final Map<String, String> byShape = load();

    /** The SVG path data of a region, by its shape id. */
    public String outline(KoreaRegions.Region region) {
        return byShape.get(region.shape());
    }

    private static Map<String, String> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the map of Korea is not bundled: " + RESOURCE);
            }
            Matcher m = PATH.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> out = new HashMap<>();
            while (m.find()) {
                out.put(m.group(1), m.group(2));
            }
            for (KoreaRegions.Region r : KoreaRegions.ALL) {
                if (!out.containsKey(r.shape())) {
                    throw new IllegalStateException("the map of Korea has no outline for " + r.code() + " (" + r.shape() + ")");
                }
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException("could not read the map of Korea", e);
        }
    }
}
