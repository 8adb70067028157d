package de.lenkrunde.bodies;

/** A row of the body list, with its area's name and how many members it has today. */
public record BodyListItem(long id, BodyType type, String name, String shortCode, String topic, String areaName,
                           boolean active, int currentMembers) {
}
