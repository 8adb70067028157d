package de.lenkrunde.base.validation;

/** A record asked for by id does not exist (any more); views show a "not found" page. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what) {
        super(what + " not found");
    }
}
