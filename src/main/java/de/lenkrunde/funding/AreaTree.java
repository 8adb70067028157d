package de.lenkrunde.funding;

import de.lenkrunde.bodies.AreaKind;
import de.lenkrunde.bodies.AreaNode;
import de.lenkrunde.bodies.AreaService;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where an area sits: whether a line restricted to an area serves a proposal's area, and the Planregion of an area. */
@Component
class AreaTree {

    private final AreaService areas;

    AreaTree(AreaService areas) {
        this.areas = areas;
    }

    /** A line without restriction serves every proposal; a restricted one only proposals in its area or below. */
    boolean serves(Long lineAreaId, Long proposalAreaId) {
        if (lineAreaId == null) {
            return true;
        }
        if (proposalAreaId == null) {
            return false;
        }
        Map<Long, AreaNode> byId = byId();
        for (AreaNode node = byId.get(proposalAreaId); node != null; node = node.parentId() == null ? null : byId.get(node.parentId())) {
            if (node.id() == lineAreaId) {
                return true;
            }
        }
        return false;
    }

    /** A function from area id to the name of its Planregion (empty for areas outside one, or none). */
    Function<Long, Optional<String>> regions() {
        Map<Long, AreaNode> byId = byId();
        return areaId -> {
            for (AreaNode node = areaId == null ? null : byId.get(areaId); node != null;
                 node = node.parentId() == null ? null : byId.get(node.parentId())) {
                if (node.kind() == AreaKind.PLAN_REGION) {
                    return Optional.of(node.name());
                }
            }
            return Optional.empty();
        };
    }

    Map<Long, String> names() {
        return areas.all().stream().collect(Collectors.toMap(AreaNode::id, AreaNode::name));
    }

    private Map<Long, AreaNode> byId() {
        return areas.all().stream().collect(Collectors.toMap(AreaNode::id, Function.identity()));
    }
}
