package de.lenkrunde.proposals;

/** Hinte's five principles of Sozialraumorientierung (DESIGN.md §1), the criteria of every proposal. */
public enum HintePrinciple {
    /** Orientierung an den Interessen und am Willen der Menschen */
    INTERESTS_AND_WILL,
    /** Unterstützung von Eigeninitiative und Selbsthilfe */
    SELF_HELP,
    /** Konzentration auf die Ressourcen (der Menschen und des Sozialraums) */
    RESOURCES,
    /** Zielgruppen- und bereichsübergreifende Sichtweise */
    CROSS_SECTORAL,
    /** Kooperation und Koordination */
    COOPERATION
}
