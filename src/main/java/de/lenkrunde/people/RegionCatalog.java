package de.lenkrunde.people;

import java.util.List;

/** SPI implemented by the bodies module: the Planregionen a coordinator can be responsible for. */
public interface RegionCatalog {

    List<Region> regions();

    record Region(long id, String name) {
    }
}
