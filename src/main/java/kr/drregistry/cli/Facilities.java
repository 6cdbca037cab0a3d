package kr.drregistry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.facility.FiledSite;
import kr.drregistry.topology.model.Site;

/**
 * {@code --facilities DIR}: the facility filings an offline validator resolves foreign {@code facilityRef}s against
 * (FILING-FORMAT-V2.md §7.10) — every drr file in the folder (not its subfolders), each the filing of the organisation
 * its {@code operator:} names. The report names each reference's source as {@code file:<name>} where the registry names
 * the accepted filing version.
 */
final class Facilities {
    private Facilities() {
    }

    static FacilityLookup read(Path dir, Messages t) throws Engine.BadPolicy {
        if (dir == null) {
            return FacilityLookup.NONE;
        }
        if (!Files.isDirectory(dir)) {
            throw new Engine.BadPolicy(t.get("error.facilities", dir));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).filter(Facilities::isDrr).sorted().toList();
        } catch (IOException e) {
            throw new Engine.BadPolicy(t.get("error.unreadable", dir, e.getMessage()));
        }
        Map<String, FiledSite> sites = new HashMap<>();
        Map<String, String> fileOf = new HashMap<>();
        Documents documents = new Documents();
        for (Path file : files) {
            Documents.Document d;
            try {
                d = documents.read(file, t);
            } catch (Documents.Unreadable e) {
                throw new Engine.BadPolicy(e.getMessage());
            }
            if (!d.parsed()) {
                throw new Engine.BadPolicy(t.get("error.facility-file", file, d.errors().get(0).message()));
            }
            String organisation = d.topology().operator();
            String earlier = fileOf.putIfAbsent(organisation, file.getFileName().toString());
            if (earlier != null) {
                throw new Engine.BadPolicy(t.get("error.facility-twice", organisation, earlier, file.getFileName()));
            }
            for (Site site : d.topology().sites()) {
                sites.put(organisation + "/" + site.id(), new FiledSite(site, "file:" + file.getFileName()));
            }
        }
        return FacilityLookup.of(sites);
    }

    private static boolean isDrr(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
