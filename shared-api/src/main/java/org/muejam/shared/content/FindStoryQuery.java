package org.muejam.shared.content;

/** One story as its last stored event left it, drafts included (the caller decides who may see a draft). */
public record FindStoryQuery(String storyId) {}
