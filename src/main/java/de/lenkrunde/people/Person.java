package de.lenkrunde.people;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A person who takes part in the bodies: with or without an account. */
@Table("person")
class Person {

    @Id
    private Long id;
    @Version
    private Long version;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String organisation;
    private String functionTitle;
    private Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    private Person() {
    }

    Person(PersonData data, Instant now) {
        apply(data, now);
        this.createdAt = now;
    }

    void apply(PersonData data, Instant now) {
        this.firstName = data.firstName();
        this.lastName = data.lastName();
        this.email = data.email();
        this.phone = data.phone();
        this.organisation = data.organisation();
        this.functionTitle = data.functionTitle();
        this.updatedAt = now;
    }

    PersonData data() {
        return new PersonData(firstName, lastName, email, phone, organisation, functionTitle);
    }

    String displayName() {
        return firstName + " " + lastName;
    }

    Long id() {
        return id;
    }

    Long version() {
        return version;
    }
}
