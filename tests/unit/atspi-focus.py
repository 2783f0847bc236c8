#!/usr/bin/python3
# What a screen reader hears of the kiosk through AT-SPI: prints the name of each accessible that
# gains focus, one per line, as the event arrives (tst_keypad compares it with the spoken control).
import pyatspi


def focused(event):
    if event.detail1 == 1:
        print(" ".join((event.source.name or "").split()), flush=True)


pyatspi.Registry.registerEventListener(focused, "object:state-changed:focused")
print("listening", flush=True)
pyatspi.Registry.start()
