package kr.drregistry.topology.parse;

import kr.drregistry.rules.Josa;
import kr.drregistry.topology.model.Backup;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.model.ComponentState;
import kr.drregistry.topology.model.DataLoss;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.DependencyMode;
import kr.drregistry.topology.model.Drill;
import kr.drregistry.topology.model.DrillScenario;
import kr.drregistry.topology.model.Facility;
import kr.drregistry.topology.model.Failover;
import kr.drregistry.topology.model.FailoverDecider;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.FireResponsePowerCut;
import kr.drregistry.topology.model.GeoPoint;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Recovery;
import kr.drregistry.topology.model.Replication;
import kr.drregistry.topology.model.ReplicationMode;
import kr.drregistry.topology.model.Restore;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.Wire;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one structural validation of drr/v1 and drr/v2, over the {@link Tree} that JSON or YAML was read into.
 * The document's {@code format} decides which fields it may use ({@link Shape}). It checks
 * every field of every object (unknown fields, required fields, types, enums, slugs, patterns, ranges,
 * duplicate ids, references), collects all errors with their pointers, and builds the {@link Topology}
 * when there are none. Ids of sites, services and components are gathered first so that references are
 * resolved with hash lookups in the same single walk.
 */
final class TopologyValidator {
    /** The channels of {@code facility.tenantFaultNotification.channel}. */
    static final List<String> CHANNELS = List.of("sms", "email", "phone", "api", "other");
    /** The longest free text (names, provider, substation, chemistry, carriers, contact), in code points. */
    static final int TEXT_MAX = 200;
    static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private static final EnumSpec<SiteKind> SITE_KINDS = EnumSpec.of(SiteKind.class);
    private static final EnumSpec<ComponentKind> COMPONENT_KINDS = EnumSpec.of(ComponentKind.class);
    private static final EnumSpec<PlacementRole> ROLES = EnumSpec.of(PlacementRole.class);
    private static final EnumSpec<FailoverMode> FAILOVER_MODES = EnumSpec.of(FailoverMode.class);
    private static final EnumSpec<DependencyMode> DEPENDENCY_MODES = EnumSpec.of(DependencyMode.class);
    private static final EnumSpec<ReplicationMode> REPLICATION_MODES = EnumSpec.of(ReplicationMode.class);
    private static final EnumSpec<DrillScenario> SCENARIOS = EnumSpec.of(DrillScenario.class);
    private static final EnumSpec<ComponentState> STATES = EnumSpec.of(ComponentState.class);
    private static final EnumSpec<FailoverDecider> DECIDERS = EnumSpec.of(FailoverDecider.class);
    private static final EnumSpec<DataLoss> DATA_LOSS = EnumSpec.of(DataLoss.class);
    private static final EnumSpec<FireResponsePowerCut> POWER_CUTS = EnumSpec.of(FireResponsePowerCut.class);

    private final Errors errors;
    private final PathStack path = new PathStack();
    private final Set<String> siteIds = new HashSet<>();
    private final Set<String> serviceIds = new HashSet<>();
    private final Set<String> componentIds = new HashSet<>();
    /** Whether the document says {@code format: drr/v2} (then the fields of FILING-FORMAT-V2.md §1 are allowed). */
    private boolean v2;

    private final kr.drregistry.budget.Budget.Ticker budget;

    TopologyValidator(Errors errors, kr.drregistry.budget.Budget budget) {
        this.errors = errors;
        this.budget = budget.every(64);
    }

    /** What a reference points at, for messages. */
    private enum RefKind {
        SITE("site", "사이트", "sites"), SERVICE("service", "서비스", "services"),
        COMPONENT("component", "구성요소", "components");

        final String en;
        final String ko;
        final String list;

        RefKind(String en, String ko, String list) {
            this.en = en;
            this.ko = ko;
            this.list = list;
        }
    }

    /** The spellings of a model enum, looked up by hash. */
    private record EnumSpec<E extends Enum<E> & Wire>(Map<String, E> byWire, List<String> spellings) {
        static <E extends Enum<E> & Wire> EnumSpec<E> of(Class<E> type) {
            Map<String, E> map = new HashMap<>();
            for (E e : type.getEnumConstants()) {
                map.put(e.wire(), e);
            }
            return new EnumSpec<>(map, Wire.spellings(type));
        }
    }

    /** Checks one item of a list of scalars at the current path; null when invalid. */
    @FunctionalInterface
    private interface ItemCheck {
        String check(Tree.Node item);
    }

    /** The topology, or an exception with every error found. */
    Topology validate(Tree.Node root) {
        Tree.Obj top = object(root, Shape.TOPOLOGY);
        if (top == null) {
            throw errors.exception();
        }
        v2 = top.get("format") instanceof Tree.Scalar f && Topology.FORMAT_V2.equals(f.value);
        collectIds(top, "sites", siteIds);
        collectIds(top, "services", serviceIds);
        collectIds(top, "components", componentIds);

        String format = string(top, "format");
        if (format != null && !Topology.FORMAT.equals(format) && !Topology.FORMAT_V2.equals(format)) {
            errors.unsupportedFormat(path.pointer("format"), format, top.get("format"));
        }
        String operator = slug(top, "operator");
        LocalDate asOf = date(top, "asOf");
        List<Site> sites = list(top, "sites", 1, Shape.SITE, this::site, Site::id);
        List<Service> services = list(top, "services", 0, Shape.SERVICE, this::service, Service::id);
        List<Component> components = list(top, "components", 0, Shape.COMPONENT, this::component, Component::id);
        List<Drill> drills = list(top, "drills", 0, Shape.DRILL, this::drill, Drill::id);
        if (!errors.isEmpty()) {
            throw errors.exception();
        }
        return new Topology(format, operator, asOf, sites, services, components, drills);
    }

    private static void collectIds(Tree.Obj top, String key, Set<String> ids) {
        if (top.get(key) instanceof Tree.Arr arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (arr.get(i) instanceof Tree.Obj item && item.get("id") instanceof Tree.Scalar s
                        && s.value instanceof String id) {
                    ids.add(id);
                }
            }
        }
    }

    /* ---- objects ---- */

    private Site site(Tree.Obj o) {
        String id = slug(o, "id");
        String name = text(o, "name");
        SiteKind kind = enumValue(o, "kind", SITE_KINDS);
        String provider = text(o, "provider");
        String facilityRef = facilityRef(o);
        String region = patterned(o, "region", REGION, "use an ISO 3166-2 subdivision code such as KR-41",
                "KR-41 같은 ISO 3166-2 행정구역 코드를 쓰십시오");
        GeoPoint location = nested(o, "location", Shape.LOCATION, this::location);
        List<String> riskGroups = strings(o, "riskGroups", 0, item -> textValue(item, null));
        Facility facility = nested(o, "facility", Shape.FACILITY, this::facility);
        return new Site(id, name, kind, provider, facilityRef, region, location, riskGroups, facility);
    }

    private GeoPoint location(Tree.Obj o) {
        Double lat = number(o, "lat", -90, 90);
        Double lon = number(o, "lon", -180, 180);
        return lat == null || lon == null ? null : new GeoPoint(lat, lon);
    }

    private Facility facility(Tree.Obj o) {
        List<Facility.PowerFeed> feeds = list(o, "powerFeeds", 0, Shape.POWER_FEED,
                f -> new Facility.PowerFeed(slug(f, "id"), text(f, "substation")), Facility.PowerFeed::id);
        List<Facility.BatteryRoom> rooms = list(o, "batteryRooms", 0, Shape.BATTERY_ROOM, this::batteryRoom,
                Facility.BatteryRoom::id);
        Facility.Generators generators = nested(o, "generators", Shape.GENERATORS, g -> {
            Long count = integer(g, "count", 0, Integer.MAX_VALUE);
            return new Facility.Generators(count == null ? 0 : count.intValue(),
                    number(g, "fuelHours", 0, Double.MAX_VALUE));
        });
        Boolean duplicated = bool(o, "standbyPowerDuplicated");
        List<String> carriers = strings(o, "carriers", 0, item -> textValue(item, null));
        Facility.FaultNotification notification = nested(o, "tenantFaultNotification", Shape.FAULT_NOTIFICATION,
                n -> new Facility.FaultNotification(channel(n), text(n, "contact")));
        List<String> tenants = strings(o, "tenants", 0, item -> slugValue(item, null));
        FireResponsePowerCut powerCut = v2 ? enumValue(o, "fireResponsePowerCut", POWER_CUTS) : null;
        return new Facility(feeds, rooms, generators, duplicated, carriers, notification, tenants, powerCut);
    }

    private Facility.BatteryRoom batteryRoom(Tree.Obj o) {
        String id = slug(o, "id");
        String chemistry = text(o, "chemistry");
        Double mwh = number(o, "mwhPerCompartment", 0, Double.MAX_VALUE);
        Boolean shares = bool(o, "sharesSpaceWithElectrical");
        Long bms = integer(o, "bmsSamplingSeconds", 1, Integer.MAX_VALUE);
        Boolean detection = bool(o, "earlyFireDetection");
        Boolean servers = v2 ? bool(o, "sharesSpaceWithServers") : null;
        Boolean cables = v2 ? bool(o, "powerCablesInRoom") : null;
        return new Facility.BatteryRoom(id, chemistry, mwh == null ? 0 : mwh, Boolean.TRUE.equals(shares),
                toInt(bms), Boolean.TRUE.equals(detection), servers, cables);
    }

    private String channel(Tree.Obj o) {
        String channel = string(o, "channel");
        if (channel != null && !CHANNELS.contains(channel)) {
            errors.enumValue(path.pointer("channel"), channel, CHANNELS, o.get("channel"));
            return null;
        }
        return channel;
    }

    private Service service(Tree.Obj o) {
        String id = slug(o, "id");
        String name = text(o, "name");
        Long tier = integer(o, "tier", 1, 3);
        Long dailyUsers = integer(o, "dailyUsers", 0, Long.MAX_VALUE);
        Long rto = integer(o, "rtoMinutes", 0, Integer.MAX_VALUE);
        Long rpo = integer(o, "rpoMinutes", 0, Integer.MAX_VALUE);
        List<String> entrypoints = refs(o, "entrypoints", 1, componentIds, RefKind.COMPONENT);
        return new Service(id, name, tier == null ? 0 : tier.intValue(), dailyUsers == null ? 0 : dailyUsers,
                toInt(rto), toInt(rpo), entrypoints);
    }

    private Component component(Tree.Obj o) {
        String id = slug(o, "id");
        String name = text(o, "name");
        ComponentKind kind = enumValue(o, "kind", COMPONENT_KINDS);
        Boolean controlPlane = bool(o, "controlPlane");
        List<Placement> placements = list(o, "placements", 1, Shape.PLACEMENT, p -> new Placement(
                ref(p, "site", siteIds, RefKind.SITE), enumValue(p, "role", ROLES),
                toInt(integer(p, "capacityPct", 0, 100))), null);
        Failover failover = nested(o, "failover", Shape.FAILOVER, f -> new Failover(
                enumValue(f, "mode", FAILOVER_MODES), toInt(integer(f, "minutes", 0, Integer.MAX_VALUE)),
                refs(f, "requires", 0, componentIds, RefKind.COMPONENT),
                v2 ? enumValue(f, "decidedBy", DECIDERS) : null, v2 ? enumValue(f, "dataLoss", DATA_LOSS) : null));
        List<Dependency> dependsOn = list(o, "dependsOn", 0, Shape.DEPENDENCY, this::dependency, null);
        List<Replication> replication = list(o, "replication", 0, Shape.REPLICATION, r -> new Replication(
                ref(r, "from", siteIds, RefKind.SITE), ref(r, "to", siteIds, RefKind.SITE),
                enumValue(r, "mode", REPLICATION_MODES), toInt(integer(r, "lagSeconds", 0, Integer.MAX_VALUE))),
                null);
        List<Backup> backups = list(o, "backups", 0, Shape.BACKUP, b -> new Backup(
                ref(b, "site", siteIds, RefKind.SITE), toInt(integer(b, "intervalMinutes", 1, Integer.MAX_VALUE)),
                toInt(integer(b, "retentionDays", 0, Integer.MAX_VALUE)), bool(b, "immutable")), null);
        if (!v2) {
            return new Component(id, name, kind, controlPlane, placements, failover, dependsOn, replication, backups);
        }
        List<String> riskGroups = strings(o, "riskGroups", 0, item -> textValue(item, null));
        ComponentState state = state(o, kind);
        Restore restore = nested(o, "restore", Shape.RESTORE, r -> new Restore(ref(r, "site", siteIds, RefKind.SITE),
                minutes(r), refs(r, "requires", 0, componentIds, RefKind.COMPONENT),
                toInt(integer(r, "capacityPct", 0, 100))));
        Recovery recovery = nested(o, "recovery", Shape.RECOVERY, r -> new Recovery(minutes(r),
                refs(r, "requires", 0, componentIds, RefKind.COMPONENT)));
        return new Component(id, name, kind, controlPlane, placements, failover, dependsOn, replication, backups,
                riskGroups, state, restore, recovery);
    }

    /** {@code minutes} of a restore or recovery (required, an integer of at least 0; 0 stands in when invalid). */
    private int minutes(Tree.Obj o) {
        Long minutes = integer(o, "minutes", 0, Integer.MAX_VALUE);
        return minutes == null ? 0 : minutes.intValue();
    }

    /** drr/v2 {@code state}: stateful kinds only, and {@code ephemeral} only on a cache (FILING-FORMAT-V2.md §1). */
    private ComponentState state(Tree.Obj o, ComponentKind kind) {
        ComponentState state = enumValue(o, "state", STATES);
        if (state == null || kind == null) {
            return state;
        }
        if (!kind.stateful()) {
            errors.kindMismatch(path.pointer("state"),
                    "\"state\" applies to stateful kinds only (database, cache, queue, object-storage), not to \""
                            + kind.wire() + "\".",
                    "\"state\"는 상태를 가진 종류(database, cache, queue, object-storage)에만 쓸 수 있습니다. \""
                            + kind.wire() + "\"에는 쓸 수 없습니다.", o.get("state"));
            return null;
        }
        if (state == ComponentState.EPHEMERAL && kind != ComponentKind.CACHE) {
            errors.kindMismatch(path.pointer("state"),
                    "Only a cache can be \"ephemeral\"; a \"" + kind.wire() + "\" holds data (state durable).",
                    "\"ephemeral\"은 cache에만 쓸 수 있습니다. \"" + kind.wire() + "\"" + Josa.particle(String.valueOf(kind.wire()), "은/는") + " 데이터를 보관합니다(state durable).",
                    o.get("state"));
            return null;
        }
        return state;
    }

    private Dependency dependency(Tree.Obj o) {
        Tree.Node component = o.get("component");
        Tree.Node anyOf = o.get("anyOf");
        if (component == null && anyOf == null) {
            errors.oneOf(path.pointer(), false, o);
        } else if (component != null && anyOf != null) {
            errors.oneOf(path.pointer(), true, o);
        }
        DependencyMode mode = o.get("mode") == null ? DependencyMode.HARD : enumValue(o, "mode", DEPENDENCY_MODES);
        if (anyOf != null) {
            ref(o, "component", componentIds, RefKind.COMPONENT);
            return Dependency.anyOf(refs(o, "anyOf", 1, componentIds, RefKind.COMPONENT), mode);
        }
        String target = ref(o, "component", componentIds, RefKind.COMPONENT);
        return target == null ? new Dependency(List.of(), false, mode) : dependencyOn(target, mode);
    }

    /**
     * One {@code component:} dependency per target and mode, shared by every component that names it: a filing's
     * dependencies outnumber its components about ten to one (1,000,000 against 100,000 in the benchmark), and a
     * dependency is a value, so sharing it changes nothing but the memory the model takes and the collector's work.
     */
    private final Map<String, Dependency[]> dependenciesOn = new HashMap<>();
    private static final int DEPENDENCY_MODE_COUNT = DependencyMode.values().length;

    private Dependency dependencyOn(String target, DependencyMode mode) {
        if (mode == null) { // a wrong mode: reported already, and the model is never used
            return Dependency.on(target, null);
        }
        Dependency[] byMode = dependenciesOn.computeIfAbsent(target, t -> new Dependency[DEPENDENCY_MODE_COUNT]);
        Dependency d = byMode[mode.ordinal()];
        if (d == null) {
            d = Dependency.on(target, mode);
            byMode[mode.ordinal()] = d;
        }
        return d;
    }

    private Drill drill(Tree.Obj o) {
        String id = slug(o, "id");
        LocalDate date = date(o, "date");
        DrillScenario scenario = enumValue(o, "scenario", SCENARIOS);
        List<String> lostSites = refs(o, "lostSites", 0, siteIds, RefKind.SITE);
        List<String> services = refs(o, "services", 0, serviceIds, RefKind.SERVICE);
        Long rto = integer(o, "achievedRtoMinutes", 0, Integer.MAX_VALUE);
        Long rpo = integer(o, "achievedRpoMinutes", 0, Integer.MAX_VALUE);
        return new Drill(id, date, scenario, lostSites, services, toInt(rto), toInt(rpo));
    }

    /* ---- structure ---- */

    /** {@code node} as an object of {@code shape} at the current path, its fields checked; null when not an object. */
    private Tree.Obj object(Tree.Node node, Shape shape) {
        if (!(node instanceof Tree.Obj o)) {
            errors.type(path.pointer(), "an object", "객체", node);
            return null;
        }
        for (int i = 0; i < o.size(); i++) {
            String key = o.key(i);
            if (!shape.allows(key, v2)) {
                errors.unknownField(path.pointer(key), key, shape.fields(v2), !v2 && shape.addedInV2(key), o.value(i));
            }
        }
        for (String field : shape.requiredInOrder) {
            if (o.get(field) == null) {
                errors.required(path.pointer(field), field, o);
            }
        }
        return o;
    }

    /** An optional nested object built by {@code build}; null when absent or not an object. */
    private <T> T nested(Tree.Obj parent, String key, Shape shape, Function<Tree.Obj, T> build) {
        Tree.Node node = parent.get(key);
        if (node == null) {
            return null;
        }
        path.push(key);
        try {
            Tree.Obj o = object(node, shape);
            return o == null ? null : build.apply(o);
        } finally {
            path.pop();
        }
    }

    /**
     * A list of objects of {@code shape}, each built by {@code build}; with {@code idOf}, later items reusing an
     * id are reported as {@link ParseError#DUPLICATE_ID}. Absent (when optional) or invalid gives an empty list.
     */
    private <T> List<T> list(Tree.Obj parent, String key, int minItems, Shape shape, Function<Tree.Obj, T> build,
                             Function<T, String> idOf) {
        Tree.Arr arr = array(parent, key, minItems);
        if (arr == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(arr.size());
        Map<String, Integer> seen = idOf == null ? null : new HashMap<>(Math.max(16, arr.size() * 2));
        path.push(key);
        for (int i = 0; i < arr.size(); i++) {
            listItem(i, arr.get(i), shape, build, idOf, out, seen);
        }
        path.pop();
        return out;
    }

    /** Item {@code i} of a list of objects (the path stands at the list): checked, built into {@code out}; its id, if any, returned. */
    private <T> String listItem(int i, Tree.Node node, Shape shape, Function<Tree.Obj, T> build, Function<T, String> idOf,
                                List<T> out, Map<String, Integer> seen) {
        budget.tick();
        path.push(i);
        String id = null;
        Tree.Obj item = object(node, shape);
        if (item != null) {
            T value = build.apply(item);
            out.add(value);
            id = seen == null ? null : idOf.apply(value);
            if (id != null) {
                Integer first = seen.putIfAbsent(id, i);
                if (first != null) {
                    errors.duplicateId(path.pointer("id"), id, path.parentPointer() + "/" + first, item.get("id"));
                }
            }
        }
        path.pop();
        return id;
    }

    /* ---- streaming: the items of the top-level lists checked as they are read (JsonTreeReader#topology) ---- */

    /**
     * One top-level list read item by item. In streaming mode a reference to an id not seen yet is remembered rather
     * than reported ({@link #finishStream}); any error at all makes the caller fall back to the whole-tree path,
     * which then reports every error exactly as before.
     */
    final class StreamedList<T> {
        private final String key;
        private final Shape shape;
        private final Function<Tree.Obj, T> build;
        private final Function<T, String> idOf;
        private final Set<String> ids;
        private final List<T> out = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private int count;

        private StreamedList(String key, Shape shape, Function<Tree.Obj, T> build, Function<T, String> idOf, Set<String> ids) {
            this.key = key;
            this.shape = shape;
            this.build = build;
            this.idOf = idOf;
            this.ids = ids;
        }

        /** Checks and builds the next item. */
        void add(Tree.Node node) {
            path.push(key);
            String id = listItem(count++, node, shape, build, idOf, out, seen);
            if (id != null) {
                ids.add(id);
            }
            path.pop();
        }
    }

    private List<String> pendingSites;
    private List<String> pendingServices;
    private List<String> pendingComponents;
    private StreamedList<Site> streamedSites;
    private StreamedList<Service> streamedServices;
    private StreamedList<Component> streamedComponents;
    private StreamedList<Drill> streamedDrills;

    /** Starts streaming mode; {@code format} is the document's format member (null when absent). */
    void startStream(Tree.Node format) {
        v2 = format instanceof Tree.Scalar f && Topology.FORMAT_V2.equals(f.value);
        pendingSites = new ArrayList<>();
        pendingServices = new ArrayList<>();
        pendingComponents = new ArrayList<>();
        streamedSites = new StreamedList<>("sites", Shape.SITE, this::site, Site::id, siteIds);
        streamedServices = new StreamedList<>("services", Shape.SERVICE, this::service, Service::id, serviceIds);
        streamedComponents = new StreamedList<>("components", Shape.COMPONENT, this::component, Component::id, componentIds);
        streamedDrills = new StreamedList<>("drills", Shape.DRILL, this::drill, Drill::id, new HashSet<>());
    }

    /** The streamed list of the top-level member {@code key}, or null when it is not one of the four lists. */
    StreamedList<?> streamed(String key) {
        return switch (key) {
            case "sites" -> streamedSites;
            case "services" -> streamedServices;
            case "components" -> streamedComponents;
            case "drills" -> streamedDrills;
            default -> null;
        };
    }

    /**
     * Ends streaming mode: {@code scalars} holds the top-level members that are not lists, {@code present} every
     * top-level member. The topology when the document is valid; null when it is not (the caller then parses it the
     * whole-tree way, which reports the errors).
     */
    Topology finishStream(Tree.Obj scalars, Set<String> present) {
        for (String field : Shape.TOPOLOGY.requiredInOrder) {
            if (!present.contains(field)) {
                return null;
            }
        }
        if (streamedSites.count < 1) {
            return null;
        }
        String format = string(scalars, "format");
        if (format != null && !Topology.FORMAT.equals(format) && !Topology.FORMAT_V2.equals(format)) {
            return null;
        }
        String operator = slug(scalars, "operator");
        LocalDate asOf = date(scalars, "asOf");
        if (!errors.isEmpty() || !siteIds.containsAll(pendingSites) || !serviceIds.containsAll(pendingServices)
                || !componentIds.containsAll(pendingComponents)) {
            return null;
        }
        return new Topology(format, operator, asOf, streamedSites.out, streamedServices.out, streamedComponents.out,
                streamedDrills.out);
    }

    /** A list of scalars, each checked by {@code check} at its own path; invalid items are left out. */
    private List<String> strings(Tree.Obj parent, String key, int minItems, ItemCheck check) {
        Tree.Arr arr = array(parent, key, minItems);
        if (arr == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(arr.size());
        path.push(key);
        for (int i = 0; i < arr.size(); i++) {
            path.push(i);
            String value = check.check(arr.get(i));
            if (value != null) {
                out.add(value);
            }
            path.pop();
        }
        path.pop();
        return out;
    }

    private Tree.Arr array(Tree.Obj parent, String key, int minItems) {
        Tree.Node node = parent.get(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof Tree.Arr arr)) {
            errors.type(path.pointer(key), "a list", "목록", node);
            return null;
        }
        if (arr.size() < minItems) {
            errors.minItems(path.pointer(key), minItems, arr);
        }
        return arr;
    }

    /* ---- scalars: field-level (absent gives null) and value-level (child null = the current path) ---- */

    private String string(Tree.Obj o, String key) {
        Tree.Node node = o.get(key);
        return node == null ? null : stringValue(node, key);
    }

    private String stringValue(Tree.Node node, String child) {
        if (node instanceof Tree.Scalar s && s.value instanceof String text) {
            return text;
        }
        errors.type(path.pointer(child), "a string", "문자열", node);
        return null;
    }

    private String text(Tree.Obj o, String key) {
        Tree.Node node = o.get(key);
        return node == null ? null : textValue(node, key);
    }

    private String textValue(Tree.Node node, String child) {
        String text = stringValue(node, child);
        if (text != null && (text.isBlank()
                || text.length() > TEXT_MAX && text.codePointCount(0, text.length()) > TEXT_MAX)) {
            errors.length(path.pointer(child), TEXT_MAX, node);
            return null;
        }
        return text;
    }

    private String slug(Tree.Obj o, String key) {
        Tree.Node node = o.get(key);
        return node == null ? null : slugValue(node, key);
    }

    private String slugValue(Tree.Node node, String child) {
        String text = stringValue(node, child);
        if (text != null && !isSlug(text)) {
            errors.slug(path.pointer(child), text, node);
            return null;
        }
        return text;
    }

    /** Whether {@code text} is a drr/v1 id: {@code [a-z0-9][a-z0-9-]{0,62}}. */
    static boolean isSlug(String text) {
        int n = text.length();
        if (n == 0 || n > 63) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && i > 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private String ref(Tree.Obj o, String key, Set<String> ids, RefKind kind) {
        Tree.Node node = o.get(key);
        return node == null ? null : refValue(node, key, ids, kind);
    }

    private String refValue(Tree.Node node, String child, Set<String> ids, RefKind kind) {
        String id = stringValue(node, child);
        if (id != null && !ids.contains(id)) {
            if (pendingSites != null) {
                (kind == RefKind.SITE ? pendingSites : kind == RefKind.SERVICE ? pendingServices : pendingComponents).add(id);
                return id;
            }
            errors.unknownReference(path.pointer(child), id, kind.en, kind.ko, kind.list, node);
            return null;
        }
        return id;
    }

    private List<String> refs(Tree.Obj o, String key, int minItems, Set<String> ids, RefKind kind) {
        return strings(o, key, minItems, item -> refValue(item, null, ids, kind));
    }

    private String patterned(Tree.Obj o, String key, Pattern pattern, String rule, String ruleKo) {
        Tree.Node node = o.get(key);
        return node == null ? null : patternValue(node, key, pattern, rule, ruleKo);
    }

    private String patternValue(Tree.Node node, String child, Pattern pattern, String rule, String ruleKo) {
        String text = stringValue(node, child);
        if (text != null && !pattern.matcher(text).matches()) {
            errors.pattern(path.pointer(child), text, rule, ruleKo, node);
            return null;
        }
        return text;
    }

    private String facilityRef(Tree.Obj o) {
        Tree.Node node = o.get("facilityRef");
        if (node == null) {
            return null;
        }
        String text = stringValue(node, "facilityRef");
        if (text == null) {
            return null;
        }
        int slash = text.indexOf('/');
        if (slash < 0 || !isSlug(text.substring(0, slash)) || !isSlug(text.substring(slash + 1))) {
            errors.pattern(path.pointer("facilityRef"), text,
                    "write the IDC's filed site as organisation/site, two ids such as example-idc/pangyo-a",
                    "IDC가 신고한 사이트를 example-idc/pangyo-a 처럼 기관/사이트 두 식별자로 쓰십시오", node);
            return null;
        }
        return text;
    }

    private LocalDate date(Tree.Obj o, String key) {
        Tree.Node node = o.get(key);
        if (node == null) {
            return null;
        }
        String text = stringValue(node, key);
        if (text == null) {
            return null;
        }
        if (DATE_SHAPE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException invalid) {
                errors.date(path.pointer(key), text, node);
                return null;
            }
        }
        errors.date(path.pointer(key), text, node);
        return null;
    }

    private Boolean bool(Tree.Obj o, String key) {
        Tree.Node node = o.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof Tree.Scalar s && s.value instanceof Boolean b) {
            return b;
        }
        errors.type(path.pointer(key), "a boolean (true or false)", "참/거짓 값(true 또는 false)", node);
        return null;
    }

    private Long integer(Tree.Obj o, String key, long min, long max) {
        Tree.Node node = o.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof Tree.Scalar s) {
            if (s.value instanceof Long l) {
                if (l >= min && l <= max) {
                    return l;
                }
                rangeError(key, l, min, max, node);
                return null;
            }
            if (s.value instanceof Tree.BigInt big) {
                rangeError(key, big, min, max, node);
                return null;
            }
        }
        errors.type(path.pointer(key), "an integer", "정수", node);
        return null;
    }

    private Double number(Tree.Obj o, String key, double min, double max) {
        Tree.Node node = o.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof Tree.Scalar s) {
            Object v = s.value;
            if (v instanceof Long || v instanceof Double) {
                double d = ((Number) v).doubleValue();
                if (d >= min && d <= max) {
                    return d;
                }
                rangeError(key, v, min, max, node);
                return null;
            }
            if (v instanceof Tree.BigInt) {
                rangeError(key, v, min, max, node);
                return null;
            }
        }
        errors.type(path.pointer(key), "a number", "숫자", node);
        return null;
    }

    private void rangeError(String key, Object value, double min, double max, Tree.Node node) {
        String lo = bound(min);
        String hi = bound(max);
        boolean open = max == Double.MAX_VALUE;
        errors.range(path.pointer(key), value, open ? "a finite number of at least " + lo : "between " + lo + " and " + hi,
                open ? lo + " 이상의 유한한 수" : lo + " 이상 " + hi + " 이하", node);
    }

    private void rangeError(String key, Object value, long min, long max, Tree.Node node) {
        errors.range(path.pointer(key), value, "between " + min + " and " + max, min + " 이상 " + max + " 이하", node);
    }

    private static String bound(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private <E extends Enum<E> & Wire> E enumValue(Tree.Obj o, String key, EnumSpec<E> spec) {
        String text = string(o, key);
        if (text == null) {
            return null;
        }
        E value = spec.byWire().get(text);
        if (value == null) {
            errors.enumValue(path.pointer(key), text, spec.spellings(), o.get(key));
        }
        return value;
    }

    private static Integer toInt(Long value) {
        return value == null ? null : value.intValue();
    }
}
