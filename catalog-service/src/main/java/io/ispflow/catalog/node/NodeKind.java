package io.ispflow.catalog.node;

/** What a network node is. */
public enum NodeKind {
    SERVER,
    OLT,
    ACCESS_POINT
}
