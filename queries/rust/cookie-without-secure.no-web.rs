// No web or cookie crate here: `secure(false)` means something else.
fn channel(builder: ChannelBuilder) {
    // ok: rs.cookie-without-secure
    let c = builder.secure(false).build();
}
