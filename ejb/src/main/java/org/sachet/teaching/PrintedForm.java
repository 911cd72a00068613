package org.sachet.teaching;

/** A form printed as a PDF, with the file name it is offered under. */
public record PrintedForm(String fileName, byte[] pdf) {
}
