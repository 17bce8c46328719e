// The floor (Tools/ArvioFloor): inflate the main part, run libxml2's reader over it, build
// nothing. Timed over the same files as each Arvio workload, so every Arvio time can also be
// given as a multiple of it: the part of Arvio's cost that is Arvio's own and not the libraries'.

import ArvioFloor
import Foundation

/// One pass of the floor over `samples`, to time alongside Arvio's own passes.
func floorPass(_ samples: [Sample]) -> () -> Void {
    {
        var checksum = 0
        for sample in samples { checksum &+= Floor.walk(path: sample.file, part: sample.mainPart)?.nodes ?? 0 }
        if checksum == 42 { print("") }  // keeps the walks from being optimised away
    }
}

/// "3.2× / 2.9×": `timed` as a multiple of the floor, by wall-clock and by CPU time.
func floorMultiple(_ timed: Passes, _ floor: Passes) -> String {
    "\(times(timed.medianWall / floor.medianWall)) / \(times(timed.medianCPU / floor.medianCPU))"
}
