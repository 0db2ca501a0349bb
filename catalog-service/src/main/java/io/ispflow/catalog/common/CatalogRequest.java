package io.ispflow.catalog.common;

/**
 * The body of a create ({@code POST}) or update ({@code PUT}) of a catalog entity. The code is
 * required on create ({@link OnCreate} group); on update it may be omitted, and must be the same
 * when sent, since codes never change.
 */
public interface CatalogRequest {

    /** Validation group of the constraints that apply on create only. */
    interface OnCreate {}

    String code();

    String name();
}
